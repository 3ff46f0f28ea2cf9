//@@ header
#include <stdio.h>
#include <string.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
//@@ signature
int is_bored(const char *S) {
//@@ solution
    int isstart = 1;
    int isi = 0;
    int sum = 0;
    for (int i = 0; S[i] != '\0'; i++) {
        if (isspace(S[i]) && isi) {
            isi = 0;
            sum += 1;
        }
        if (S[i] == 'I' && isstart) {
            isi = 1;
        } else if (!isspace(S[i])) {
            isi = 0;
        }
        if (!isspace(S[i])) {
            isstart = 0;
        }
        if (S[i] == '.' || S[i] == '?' || S[i] == '!') {
            isstart = 1;
        }
    }
    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(is_bored("Hello world") == 0);
    }
    {
        assert(is_bored("Is the sky blue?") == 0);
    }
    {
        assert(is_bored("I love It !") == 1);
    }
    {
        assert(is_bored("bIt") == 0);
    }
    {
        assert(is_bored("I feel good today. I will be productive. will kill It") == 2);
    }
    {
        assert(is_bored("You and I are going for a walk") == 0);
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
        assert(is_bored("Hello world") == 0);
    }
    {
        assert(is_bored("The sky is blue. The sun is shining. I love this weather") == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_bored.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
