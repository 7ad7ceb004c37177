/** The main job: the whole PDV stack in one process, with a scenario from plan 104-KH/ĐUK moving its numbers. */
package vn.pdv.demo;
