//@@ header
#include <stdio.h>
#include <string.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
//@@ signature
int vowels_count(const char *s) {
//@@ solution
    const char *vowels = "aeiouAEIOU";
    int count = 0;
    int length = strlen(s);
    
    for (int i = 0; i < length; i++) {
        if (strchr(vowels, s[i])) {
            count++;
        }
    }
    
    if (length > 0 && (s[length - 1] == 'y' || s[length - 1] == 'Y')) {
        count++;
    }
    
    return count;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(vowels_count("abcde") == 2);
    }
    {
        assert(vowels_count("Alone") == 3);
    }
    {
        assert(vowels_count("key") == 2);
    }
    {
        assert(vowels_count("bye") == 1);
    }
    {
        assert(vowels_count("keY") == 2);
    }
    {
        assert(vowels_count("bYe") == 1);
    }
    {
        assert(vowels_count("ACEDY") == 3);
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
        assert(vowels_count("abcde") == 2);
    }
    {
        assert(vowels_count("ACEDY") == 3);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed vowels_count.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
