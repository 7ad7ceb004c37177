/** Whether each unit is on course for its quotas, and what changed since it was last judged. */
package vn.pdv.aggregator.status;
