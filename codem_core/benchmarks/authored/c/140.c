//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
void fix_spaces(const char *text, char *out) {
//@@ solution
    int space_len = 0;
    int j = 0;
    for (int i = 0; i < strlen(text); i++) {
        if (text[i] == ' ') {
            space_len++;
        } else {
            if (space_len == 1) out[j++] = '_';
            if (space_len == 2) out[j++] = '_', out[j++] = '_';
            if (space_len > 2) out[j++] = '-';
            space_len = 0;
            out[j++] = text[i];
        }
    }
    if (space_len == 1) out[j++] = '_';
    if (space_len == 2) out[j++] = '_', out[j++] = '_';
    if (space_len > 2) out[j++] = '-';
    out[j] = '\0';
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[4096] = {0};
        fix_spaces("Example", out);
        assert(strcmp(out, "Example") == 0);
    }
    {
        char out[4096] = {0};
        fix_spaces("Mudasir Hanif ", out);
        assert(strcmp(out, "Mudasir_Hanif_") == 0);
    }
    {
        char out[4096] = {0};
        fix_spaces("Yellow Yellow  Dirty  Fellow", out);
        assert(strcmp(out, "Yellow_Yellow__Dirty__Fellow") == 0);
    }
    {
        char out[4096] = {0};
        fix_spaces("Exa   mple", out);
        assert(strcmp(out, "Exa-mple") == 0);
    }
    {
        char out[4096] = {0};
        fix_spaces("   Exa 1 2 2 mple", out);
        assert(strcmp(out, "-Exa_1_2_2_mple") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[4096] = {0};
        fix_spaces("Example", out);
        assert(strcmp(out, "Example") == 0);
    }
    {
        char out[4096] = {0};
        fix_spaces("Example 1", out);
        assert(strcmp(out, "Example_1") == 0);
    }
    {
        char out[4096] = {0};
        fix_spaces(" Example 2", out);
        assert(strcmp(out, "_Example_2") == 0);
    }
    {
        char out[4096] = {0};
        fix_spaces(" Example   3", out);
        assert(strcmp(out, "_Example-3") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed fix_spaces.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
