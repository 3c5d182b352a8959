package app.bonusbot.imports;

/** The deal fields an import reads; each maps to a CSV column. */
public enum DealField {
    ID(true),
    NAME(false),
    AMOUNT(true),
    CLOSE_DATE(true),
    STAGE(true),
    OWNER(true),
    DEAL_TYPE(false),
    PRODUCT(false),
    PIPELINE(false),
    /** The deal's currency; a blank cell, or no such column, means the company currency. */
    CURRENCY(false);

    private final boolean required;

    DealField(boolean required) {
        this.required = required;
    }

    /** Whether a deal file must have this column. */
    public boolean required() {
        return required;
    }
}
