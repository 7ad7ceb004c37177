/** Reading the CSV and XLSX files committees keep (plan tables, sympathiser lists) as rows of text cells; writing a list back as XLSX. */
package vn.pdv.sheets;
