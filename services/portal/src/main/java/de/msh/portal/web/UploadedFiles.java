package de.msh.portal.web;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Which kind an uploaded file is, by its name's extension: browsers label CSV and JSON files inconsistently. */
public final class UploadedFiles {

    private UploadedFiles() {}

    /**
     * @param typesByExtension e.g. {@code .csv} to {@code text/csv}
     * @return the content type to send the file's bytes with; null when no file was chosen, it is empty, or its
     *     extension is none of those given
     */
    public static @Nullable String contentType(@Nullable MultipartFile file, Map<String, String> typesByExtension) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        return typesByExtension.entrySet().stream()
                .filter(type -> name.endsWith(type.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
