//@@ header
#include <stdio.h>
#include <string.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool prime_length(const char* str) {
//@@ solution
    int l = strlen(str);
    if (l < 2) return false;
    for (int i = 2; i * i <= l; i++) {
        if (l % i == 0) return false;
    }
    return true;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(prime_length("Hello") == 1);
    }
    {
        assert(prime_length("abcdcba") == 1);
    }
    {
        assert(prime_length("kittens") == 1);
    }
    {
        assert(prime_length("orange") == 0);
    }
    {
        assert(prime_length("wow") == 1);
    }
    {
        assert(prime_length("world") == 1);
    }
    {
        assert(prime_length("MadaM") == 1);
    }
    {
        assert(prime_length("Wow") == 1);
    }
    {
        assert(prime_length("") == 0);
    }
    {
        assert(prime_length("HI") == 1);
    }
    {
        assert(prime_length("go") == 1);
    }
    {
        assert(prime_length("gogo") == 0);
    }
    {
        assert(prime_length("aaaaaaaaaaaaaaa") == 0);
    }
    {
        assert(prime_length("Madam") == 1);
    }
    {
        assert(prime_length("M") == 0);
    }
    {
        assert(prime_length("0") == 0);
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
        assert(prime_length("Hello") == 1);
    }
    {
        assert(prime_length("abcdcba") == 1);
    }
    {
        assert(prime_length("kittens") == 1);
    }
    {
        assert(prime_length("orange") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed prime_length.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
