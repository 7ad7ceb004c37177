package vn.pdv.dataset;

/**
 * How large a province is. Before 1 July 2025: the province, its districts, the communes under them (grassroots
 * committees), the blocs; after: the districts abolished, the communes merged into fewer, larger ones directly under
 * the province, the grassroots organisations that stood under a district now under a commune.
 *
 * @param oldCommunes    communes before the merge, spread evenly over the districts
 * @param communes       communes after it, each formed within one district from two or more old ones
 * @param grassroots     grassroots organisations besides the old communes: a fifth in the blocs, the rest under a
 *                       district, later a commune
 * @param branches       subordinate branches: about 45 % a hamlet's (under an old commune, later its new commune),
 *                       the rest under the grassroots committees
 * @param sourcesPerYear people identified as sources a year, across the province; about 40 % are admitted
 */
public record Shape(int districts, int oldCommunes, int communes, int blocs, int grassroots, int branches,
                    int sourcesPerYear) {

    public Shape {
        if (districts < 1 || communes < districts || oldCommunes < communes || blocs < 0 || grassroots < 1
                || branches < oldCommunes || sourcesPerYear < 1) {
            throw new IllegalArgumentException("not a province's shape: " + this);
        }
    }

    /** One real province of after 1 July 2025: ~100 communes, a few blocs, ~1,600 organisations, ~8,000 branches. */
    public static Shape province() {
        return new Shape(10, 300, 100, 3, 1_600, 8_000, 15_000);
    }

    /** About a twentieth of a province, for tests that load it into the aggregator. */
    public static Shape small() {
        return new Shape(2, 14, 5, 1, 80, 400, 750);
    }
}
