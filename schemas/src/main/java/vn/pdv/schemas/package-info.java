/** The event contract shared by every PDV service: topic names, and (in {@code serde}) how events travel on them. */
package vn.pdv.schemas;
