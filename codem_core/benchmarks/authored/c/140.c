//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *fix_spaces(const char *text) {
//@@ solution
    int space_len = 0;
    int j = 0;
    char *out = malloc(strlen(text) + 1);
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
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = fix_spaces("Example");
        assert(strcmp(r, "Example") == 0);
        free(r);
    }
    {
        char *r = fix_spaces("Mudasir Hanif ");
        assert(strcmp(r, "Mudasir_Hanif_") == 0);
        free(r);
    }
    {
        char *r = fix_spaces("Yellow Yellow  Dirty  Fellow");
        assert(strcmp(r, "Yellow_Yellow__Dirty__Fellow") == 0);
        free(r);
    }
    {
        char *r = fix_spaces("Exa   mple");
        assert(strcmp(r, "Exa-mple") == 0);
        free(r);
    }
    {
        char *r = fix_spaces("   Exa 1 2 2 mple");
        assert(strcmp(r, "-Exa_1_2_2_mple") == 0);
        free(r);
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
        char *r = fix_spaces("Example");
        assert(strcmp(r, "Example") == 0);
        free(r);
    }
    {
        char *r = fix_spaces("Example 1");
        assert(strcmp(r, "Example_1") == 0);
        free(r);
    }
    {
        char *r = fix_spaces(" Example 2");
        assert(strcmp(r, "_Example_2") == 0);
        free(r);
    }
    {
        char *r = fix_spaces(" Example   3");
        assert(strcmp(r, "_Example-3") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed fix_spaces.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out -> returned malloc'd string.
