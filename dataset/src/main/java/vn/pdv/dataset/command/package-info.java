/** The one command: generate a data set onto a broker (or an embedded one) and say how big and how fast. */
package vn.pdv.dataset.command;
