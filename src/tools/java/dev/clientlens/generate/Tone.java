package dev.clientlens.generate;

/**
 * How a client words its mail, independently of how it behaves: {@code PLAIN} is the archetype's own wording
 * (every sample client), {@code COURTEOUS} adds thanks and pleasantries (a polite difficult client),
 * {@code CURT} drops greetings, thanks and pleasantries (a blunt easy client).
 */
enum Tone {
  PLAIN,
  COURTEOUS,
  CURT
}
