/**
 * The province's directory of committee signing keys and the check every event passes before it is applied: signed by
 * a key the directory knows, of the committee whose log it claims, valid on the day it was recorded, not revoked.
 */
package vn.pdv.aggregator.keys;
