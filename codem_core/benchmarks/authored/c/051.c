//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
void remove_vowels(char *text) {
//@@ solution
    const char *vowels = "AEIOUaeiou";
    char *out = text;
    while (*text != '\0') {
        if (strchr(vowels, *text) == NULL) {
            *out++ = *text;
        }
        text++;
    }
    *out = '\0';
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char a0[66] = "";
        remove_vowels(a0);
        assert(strcmp(a0, "") == 0);
    }
    {
        char a0[94] = "abcdef\nghijklm";
        remove_vowels(a0);
        assert(strcmp(a0, "bcdf\nghjklm") == 0);
    }
    {
        char a0[78] = "fedcba";
        remove_vowels(a0);
        assert(strcmp(a0, "fdcb") == 0);
    }
    {
        char a0[76] = "eeeee";
        remove_vowels(a0);
        assert(strcmp(a0, "") == 0);
    }
    {
        char a0[76] = "acBAA";
        remove_vowels(a0);
        assert(strcmp(a0, "cB") == 0);
    }
    {
        char a0[76] = "EcBOO";
        remove_vowels(a0);
        assert(strcmp(a0, "cB") == 0);
    }
    {
        char a0[74] = "ybcd";
        remove_vowels(a0);
        assert(strcmp(a0, "ybcd") == 0);
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
        char a0[66] = "";
        remove_vowels(a0);
        assert(strcmp(a0, "") == 0);
    }
    {
        char a0[94] = "abcdef\nghijklm";
        remove_vowels(a0);
        assert(strcmp(a0, "bcdf\nghjklm") == 0);
    }
    {
        char a0[78] = "abcdef";
        remove_vowels(a0);
        assert(strcmp(a0, "bcdf") == 0);
    }
    {
        char a0[76] = "aaaaa";
        remove_vowels(a0);
        assert(strcmp(a0, "") == 0);
    }
    {
        char a0[76] = "aaBAA";
        remove_vowels(a0);
        assert(strcmp(a0, "B") == 0);
    }
    {
        char a0[74] = "zbcd";
        remove_vowels(a0);
        assert(strcmp(a0, "zbcd") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed remove_vowels.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
