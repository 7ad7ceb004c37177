package vn.pdv.unit.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the committee's web pages, so {@link WorkspaceAdvice} gives its pages the signed-in user and
 * the sync status, and answers its refusals with a page; the JSON API's controllers are left alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WorkspacePage {
}
