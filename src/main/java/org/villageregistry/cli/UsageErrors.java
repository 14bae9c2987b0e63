package org.villageregistry.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.villageregistry.domain.text.Messages;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What is wrong with the arguments, in the registrar's language: picocli words its own parse errors in English
 * ("Missing required parameter: 'QUERY'"), so the common ones are told again from their parts; the program's own
 * refusals (already Chinese) and anything else pass through as they are.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String text(ParameterException ex) {
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return Messages.get("cli.error.missing", missing.getMissing().stream().map(UsageErrors::shown)
                    .collect(Collectors.joining("、")));
        }
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String what = String.join(" ", unmatched.getUnmatched());
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? Messages.get("cli.error.unknown", what)
                    : Messages.get("cli.error.unknownSuggest", what, String.join("、", suggestions));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String why = ex.getCause() == null ? null : ex.getCause().getMessage();
            return Messages.get("cli.error.badValue", shown(ex.getArgSpec()), ex.getValue(),
                    why != null && chinese(why) ? why : expected(ex.getArgSpec().type()));
        }
        return ex.getMessage();
    }

    /** The program's own converters explain in Chinese; picocli's built-in ones ("'abc' is not an int") do not. */
    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String expected(Class<?> type) {
        boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class;
        return Messages.get(whole ? "cli.error.expectedWhole" : "cli.error.expectedOther");
    }

    /** An option as typed with its value's label (--division=CODE), a parameter by its label (QUERY). */
    private static String shown(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }
}
