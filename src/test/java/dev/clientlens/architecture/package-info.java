/** Classes that break the architecture rules on purpose, so that ArchitectureTest can show the rules fail. */
package dev.clientlens.architecture;
