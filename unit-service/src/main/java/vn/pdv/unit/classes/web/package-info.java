/** Classes over HTTP ({@code /api/classes}), their lists as XLSX, and the classes' workspace pages. */
package vn.pdv.unit.classes.web;
