/**
 * A small code tree that breaks each architecture rule once, so that {@code ArchitectureRulesTest} can show the rules
 * catch what they are meant to. Only the rules' test reads it; the real tree's {@code ArchitectureTest} leaves out
 * test classes.
 */
package app.bonusbot.architecturefixture;
