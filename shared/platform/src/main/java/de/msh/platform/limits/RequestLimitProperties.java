package de.msh.platform.limits;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBody the largest body any request may have (a JSON command is a few KB)
 * @param uploads larger limits for the endpoints that take files, by path pattern
 */
@ConfigurationProperties("msh.http")
public record RequestLimitProperties(
        @DefaultValue("256KB") DataSize maxBody, @Nullable List<Upload> uploads) {

    /** Requests under {@code path} (an Ant-style pattern) may carry up to {@code max}. */
    public record Upload(String path, DataSize max) {}

    List<Upload> uploadLimits() {
        return uploads == null ? List.of() : uploads;
    }
}
