/** Renders the charts under helm/ with Helm itself and checks what a cluster would be given. */
package vn.pdv.helm;
