/** Who is calling: login through the province's OIDC provider, the PDV roles, and refusals as problem details. */
package vn.pdv.common.security;
