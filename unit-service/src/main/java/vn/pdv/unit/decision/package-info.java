/** What deciding a step yields in every capability: the past-tense event, or every rule it would break. */
package vn.pdv.unit.decision;
