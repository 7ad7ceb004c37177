/** Reading the CSV and XLSX files committees keep (plan tables, sympathiser lists) as rows of text cells. */
package vn.pdv.sheets;
