package app.bonusbot.core.deal;

/** Where a deal stands; only won deals count for sum and count metrics, won and lost for win rate. */
public enum Outcome {
    WON,
    LOST,
    OPEN
}
