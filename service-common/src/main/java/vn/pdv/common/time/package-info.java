/** The one clock both services ask for "today": Vietnam's day, not the server's. */
package vn.pdv.common.time;
