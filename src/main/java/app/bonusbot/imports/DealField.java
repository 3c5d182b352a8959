package app.bonusbot.imports;

/** The deal fields an import reads; each maps to a CSV column. */
public enum DealField {
    ID,
    NAME,
    AMOUNT,
    CLOSE_DATE,
    STAGE,
    OWNER,
    DEAL_TYPE,
    PRODUCT,
    PIPELINE
}
