/**
 * What deciding a step yields in every capability: the past-tense event, or every rule it would break, named by a
 * stable code and explained in Vietnamese and English. Shared by the pipeline, the organisation and quotas, and
 * dependent on none of them.
 */
package vn.pdv.unit.decision;
