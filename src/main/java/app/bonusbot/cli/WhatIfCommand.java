package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.AmountParser;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.WithExtraDeal;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.PeriodRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "A person's payout before and after one more won deal today, in the current period.")
final class WhatIfCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "AMOUNT",
            description = "The deal amount: a plain number (50000, 12500.50) or as in chat (50,000, 12.500,50, 50k, 1.5m).",
            converter = AmountConverter.class)
    BigDecimal amount;

    /**
     * A plain number is taken as written, so that a script's 100.005 is refused for its third decimal rather than
     * read as a Danish 100,005; anything else is read as the chat reads it ({@code 50k}, {@code 50,000}). Says what an
     * amount looks like instead of naming Java's NumberFormatException.
     */
    static final class AmountConverter implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            if (value.matches("\\d+(\\.\\d+)?")) {
                return new BigDecimal(value);
            }
            return AmountParser.parse(value)
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not an amount; write it like 50000 or 12500.50"));
        }
    }

    @Parameters(index = "1", arity = "0..1", paramLabel = "DEAL_TYPE", description = "new (default), upsell, cross_sell, renewal, ...")
    String dealType;

    private String type() {
        return dealType == null ? CommandHandler.DEFAULT_WHATIF_DEAL_TYPE : dealType.toLowerCase(java.util.Locale.ROOT);
    }

    private void check(Application app, Person person) {
        Texts texts = RunLanguage.of(app, person);
        if (amount.signum() <= 0) {
            throw new UserError(texts, "cli.error.amount_not_positive", amount.toPlainString());
        }
        // As in chat: a deal has whole cents, and a third decimal would be shown rounded but counted unrounded.
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new UserError(texts, "cli.error.amount_decimals", amount.toPlainString());
        }
    }

    @Override
    Reply text(Application app, Person person, PeriodRequest period) {
        check(app, person);
        return app.commands().handle(person.id(), new BonusCommand.WhatIf(amount, Optional.ofNullable(dealType).map(d -> d.toLowerCase(java.util.Locale.ROOT))));
    }

    @Override
    JsonNode json(Application app, Person person, PeriodRequest period) {
        check(app, person);
        var company = app.company();
        StatementJson json = new StatementJson(JsonOutput.MAPPER, company.settings().currency(), company.versions());
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("amount", StatementJson.money(amount));
        String type = company.settings().names().dealTypeTyped(type());
        root.put("deal_type", type);
        root.set("before", json.of(app.evaluator().statement(person, PeriodRequest.CURRENT, app.today()), "current"));
        root.set("after", json.of(new Evaluator(company, WithExtraDeal.wonDeal(app.ledger(), person.id(), amount, type, app.today())).statement(person, PeriodRequest.CURRENT, app.today()),
                "current"));
        return root;
    }
}
