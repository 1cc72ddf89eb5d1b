/** Small values every stage shares: addresses, mailboxes and folder roles. */
package dev.clientlens.domain;
