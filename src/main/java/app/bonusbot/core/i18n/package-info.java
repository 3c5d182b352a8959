/**
 * Texts in English and Danish (bundles under {@code i18n/}), plurals and number, money and date formats per
 * language. Pure.
 */
package app.bonusbot.core.i18n;
