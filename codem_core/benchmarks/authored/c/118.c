//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result points to memory the caller does not free.
//@@ signature
char *get_closest_vowel(const char *word) {
//@@ solution
    static char out[2] = {0};
    const char *vowels = "AEIOUaeiou";
    size_t len = strlen(word);
    
    for (int i = len - 2; i >= 1; i--) {
        if (strchr(vowels, word[i]) && !strchr(vowels, word[i + 1]) && !strchr(vowels, word[i - 1])) {
            out[0] = word[i];
            return out;
        }
    }
    out[0] = '\0';
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(strcmp(get_closest_vowel("yogurt"), "u") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("full"), "u") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("easy"), "") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("eAsy"), "") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("ali"), "") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("bad"), "a") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("most"), "o") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("ab"), "") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("ba"), "") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("quick"), "") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("anime"), "i") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("Asia"), "") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("Above"), "o") == 0);
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
        assert(strcmp(get_closest_vowel("yogurt"), "u") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("FULL"), "U") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("ab"), "") == 0);
    }
    {
        assert(strcmp(get_closest_vowel("quick"), "") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed get_closest_vowel.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
