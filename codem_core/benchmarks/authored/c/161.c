//@@ header
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *solve(const char *s) {
//@@ solution
    int nletter = 0;
    int length = strlen(s);
    char *out = malloc(length + 1);
    strcpy(out, s);
    for (int i = 0; i < length; i++) {
        if (isalpha((unsigned char)out[i])) {
            if (isupper((unsigned char)out[i])) out[i] = tolower((unsigned char)out[i]);
            else if (islower((unsigned char)out[i])) out[i] = toupper((unsigned char)out[i]);
        } else {
            nletter += 1;
        }
    }
    if (nletter == length) {
        for (int i = 0; i < length / 2; i++) {
            char temp = out[i];
            out[i] = out[length - i - 1];
            out[length - i - 1] = temp;
        }
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = solve("AsDf");
        assert(strcmp(r, "aSdF") == 0);
        free(r);
    }
    {
        char *r = solve("1234");
        assert(strcmp(r, "4321") == 0);
        free(r);
    }
    {
        char *r = solve("ab");
        assert(strcmp(r, "AB") == 0);
        free(r);
    }
    {
        char *r = solve("#a@C");
        assert(strcmp(r, "#A@c") == 0);
        free(r);
    }
    {
        char *r = solve("#AsdfW^45");
        assert(strcmp(r, "#aSDFw^45") == 0);
        free(r);
    }
    {
        char *r = solve("#6@2");
        assert(strcmp(r, "2@6#") == 0);
        free(r);
    }
    {
        char *r = solve("#$a^D");
        assert(strcmp(r, "#$A^d") == 0);
        free(r);
    }
    {
        char *r = solve("#ccc");
        assert(strcmp(r, "#CCC") == 0);
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
        char *r = solve("1234");
        assert(strcmp(r, "4321") == 0);
        free(r);
    }
    {
        char *r = solve("ab");
        assert(strcmp(r, "AB") == 0);
        free(r);
    }
    {
        char *r = solve("#a@C");
        assert(strcmp(r, "#A@c") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed solve.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): in place -> returned malloc'd string (the input is const).
