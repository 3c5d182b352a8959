/**
 * People, teams and the directory that finds them by id, e-mail, owner reference or chat id ({@link
 * app.bonusbot.core.people.ChatPlatform}), and the chat platforms a message to a person may go to. Pure.
 */
package app.bonusbot.core.people;
