package dev.clientlens.generate;

import java.io.Closeable;
import java.io.IOException;

/** Where letters are written: a Maildir tree or one mbox file. */
interface Sink extends Closeable {
  void write(Letter letter) throws IOException;
}
