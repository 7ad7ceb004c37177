package vn.pdv.aggregator.fulfilment;

/** What a tally counts within a metric besides the total: the attributes reports break figures down by. */
public enum Counter {
    TOTAL, YOUTH_UNION, TRADE_UNION, FEMALE, ETHNIC_MINORITY, RELIGIOUS, AGE_18_TO_30, READMISSION
}
