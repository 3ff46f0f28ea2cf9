//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *remove_vowels(const char *text) {
//@@ solution
    const char *vowels = "AEIOUaeiou";
    char *out = malloc(strlen(text) + 1);
    int j = 0;
    for (int i = 0; text[i] != '\0'; i++) {
        if (strchr(vowels, text[i]) == NULL) {
            out[j++] = text[i];
        }
    }
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
        char *r = remove_vowels("");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("abcdef\nghijklm");
        assert(strcmp(r, "bcdf\nghjklm") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("fedcba");
        assert(strcmp(r, "fdcb") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("eeeee");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("acBAA");
        assert(strcmp(r, "cB") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("EcBOO");
        assert(strcmp(r, "cB") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("ybcd");
        assert(strcmp(r, "ybcd") == 0);
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
        char *r = remove_vowels("");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("abcdef\nghijklm");
        assert(strcmp(r, "bcdf\nghjklm") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("abcdef");
        assert(strcmp(r, "bcdf") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("aaaaa");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("aaBAA");
        assert(strcmp(r, "B") == 0);
        free(r);
    }
    {
        char *r = remove_vowels("zbcd");
        assert(strcmp(r, "zbcd") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed remove_vowels.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): in place -> returned malloc'd string (the input is const).
