package dev.clientlens.pipeline;

import com.carrotsearch.hppc.LongHashSet;
import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueSentence;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Verdict;
import dev.clientlens.facts.MessageFacts;
import dev.clientlens.filter.AutomatedMail;
import dev.clientlens.filter.Counting;
import dev.clientlens.filter.Duplicates;
import dev.clientlens.filter.HeaderRules;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParseProblem;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.source.RawMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to one message on a worker thread: parse it, apply the header rules, and analyse as much of
 * its text as the report can use: tone and deadlines for mail that may be a two-way client's, deadlines
 * only for our own (the Sent folder, or the owner as far as known), the language alone for mail from a
 * correspondent we have not written to as far as is known, and nothing for mail that looks as if it cannot
 * count (see {@link Counting.Foresight}), whose copy this scan has analysed already, or that the header
 * rules decided. What the counting later finds short is read again
 * ({@link #apply(RawMessage, Analyser.Depth)}). The text is dropped here; only the facts go on, and, with
 * {@code --evidence-text}, the sentences that showed cues (kept in memory for this run, never stored).
 * Shared by the workers; each thread gets its own analyser, since OpenNLP's tools keep state between calls.
 */
final class MessageWork {
  private final MessageParser parser;
  private final HeaderRules headerRules = new HeaderRules();
  private final AutomatedMail automated = new AutomatedMail();
  private final Counting.Foresight foresight;
  private final ThreadLocal<Analyser> analysers;
  private final boolean keepSentences;
  /**
   * The content digests of the messages analysed for tone in this run, by their first 64 bits: 8 bytes a
   * message. Two digests that share them cost time, not a wrong report: a copy analysed too little that
   * counts is read again.
   */
  private final LongHashSet toneAnalysed = new LongHashSet();
  private Analyser.Models models;

  /** The facts of one message, and its cue sentences when the scan keeps them (else none). */
  record Worked(MessageFacts facts, List<CueSentence> cueSentences) {
    Worked {
      Objects.requireNonNull(facts, "facts");
      cueSentences = List.copyOf(cueSentences);
    }
  }

  /**
   * The language models are loaded once, when the first new message needs them, so a scan that finds
   * nothing new does not pay for them.
   */
  MessageWork(ScanSettings settings, Counting counting) {
    this(settings, counting, Set.of());
  }

  /** @param writtenToBefore the clients we wrote to as the store's last scan judged it */
  MessageWork(ScanSettings settings, Counting counting, Set<ClientKey> writtenToBefore) {
    // the own text is cut only from the messages analysed (see apply)
    this.parser = new MessageParser(settings.parser(), false);
    this.foresight = counting.foresight(writtenToBefore);
    this.keepSentences = settings.evidenceText();
    this.analysers = settings.analyseLanguage() ? ThreadLocal.withInitial(() -> new Analyser(models())) : null;
  }

  private synchronized Analyser.Models models() {
    if (models == null) {
      models = Analyser.Models.load();
    }
    return models;
  }

  /** Works on a message read for the first time, analysing it as far as its headers say it may need. */
  Worked apply(RawMessage raw) throws ParseProblem {
    return apply(raw, Analyser.Depth.NOTHING);
  }

  /** Works on a message, analysing it at least to {@code atLeast} unless the header rules decided it. */
  Worked apply(RawMessage raw, Analyser.Depth atLeast) throws ParseProblem {
    ParsedMessage message = parser.parse(raw);
    Optional<Verdict> verdict = headerRules.judge(message).or(() -> automated.judge(message));
    String digest = Duplicates.digest(message);
    List<String> signs = automated.signs(message);
    if (verdict.isEmpty()) {
      foresight.observe(message.role(), message.from(), message.to(), message.cc());
    }
    Analyser.Depth depth = Analyser.Depth.NOTHING;
    if (analysers != null && verdict.isEmpty()) {
      depth = needs(message, digest, signs);
      if (!depth.covers(atLeast)) {
        depth = atLeast;
      }
    }
    Analyser.WithSentences analysed = new Analyser.WithSentences(TextAnalysis.NONE, List.of());
    if (depth != Analyser.Depth.NOTHING) {
      ParsedMessage own = parser.withOwnText(message);
      analysed = analysers.get().analyse(own.text(), own.closing(), own.date(), depth, keepSentences);
    }
    MessageFacts facts = MessageFacts.of(message, digest, signs, verdict, analysed.analysis());
    return new Worked(facts, analysed.cueSentences());
  }

  private Analyser.Depth needs(ParsedMessage message, String digest, List<String> signs) {
    int recipients = message.to().size() + message.cc().size();
    if (foresight.cannotCount(message.from(), message.to(), message.cc(), recipients, message.date(), signs)) {
      return Analyser.Depth.NOTHING;
    }
    if (foresight.isOurs(message.role(), message.from())) {
      return Analyser.Depth.DEADLINES;
    }
    if (!foresight.wroteToClientOf(message.from())) {
      // not two-way as far as is known, so not scored: its tone would go unread
      return Analyser.Depth.LANGUAGE;
    }
    // a copy (same sender, recipients, subject and text) counts once, so one of them is analysed at first
    return digest.isEmpty() || firstAnalysedForTone(digest) ? Analyser.Depth.TONE : Analyser.Depth.NOTHING;
  }

  private boolean firstAnalysedForTone(String digest) {
    long key = Long.parseUnsignedLong(digest.substring(0, Math.min(16, digest.length())), 16);
    synchronized (toneAnalysed) {
      return toneAnalysed.add(key);
    }
  }
}
