package app.bonusbot.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class once on SQLite and once on PostgreSQL: the class takes the store kind in a
 * {@code @Parameter StoreKind kind} field and opens its database at {@code kind.address(dir)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
@ExtendWith(StoreKind.Cleanup.class)
public @interface OnBothStores {}
