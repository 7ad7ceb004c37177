/** Server-sent events that tell open pages their figures changed, coalesced so a burst is one refresh. */
package vn.pdv.common.ui.live;
