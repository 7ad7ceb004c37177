/**
 * The classes seeds 001 and 004 name: the awareness class (lớp bồi dưỡng nhận thức về Đảng) and the new-member class
 * (lớp bồi dưỡng đảng viên mới), each with its dates, organiser and enrolment list; holding one is what issues the
 * certificate or completes the new-member class for each attendee.
 */
package vn.pdv.unit.classes;
