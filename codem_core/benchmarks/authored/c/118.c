//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *get_closest_vowel(const char *word) {
//@@ solution
    char *out = calloc(2, 1);
    const char *vowels = "AEIOUaeiou";
    size_t len = strlen(word);

    for (int i = (int)len - 2; i >= 1; i--) {
        if (strchr(vowels, word[i]) && !strchr(vowels, word[i + 1]) && !strchr(vowels, word[i - 1])) {
            out[0] = word[i];
            return out;
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
        char *r = get_closest_vowel("yogurt");
        assert(strcmp(r, "u") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("full");
        assert(strcmp(r, "u") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("easy");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("eAsy");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("ali");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("bad");
        assert(strcmp(r, "a") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("most");
        assert(strcmp(r, "o") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("ab");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("ba");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("quick");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("anime");
        assert(strcmp(r, "i") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("Asia");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("Above");
        assert(strcmp(r, "o") == 0);
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
        char *r = get_closest_vowel("yogurt");
        assert(strcmp(r, "u") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("FULL");
        assert(strcmp(r, "U") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("ab");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = get_closest_vowel("quick");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed get_closest_vowel.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): result malloc'd (LLM4Decompile returned a static buffer).
