package dev.clientlens.cli;

/**
 * A subcommand that is not part of the product, such as the mailbox generator and the trainers (in
 * {@code src/tools}): found by {@link java.util.ServiceLoader} when its classes are on the class path, so
 * that the product never names them. Providers are listed in {@code META-INF/services/dev.clientlens.cli.Tool}.
 */
public interface Tool {
  /** The picocli command object (annotated with {@code @Command}), writing to the streams of {@code cli}. */
  Object command(Cli cli);
}
