//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int digits(int n) {
//@@ solution
    int prod = 1, has_odd = 0, digit;
    while (n > 0) {
        digit = n % 10;
        if (digit % 2 == 1) {
            has_odd = 1;
            prod *= digit;
        }
        n /= 10;
    }
    return has_odd ? prod : 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(digits(5) == 5);
    }
    {
        assert(digits(54) == 5);
    }
    {
        assert(digits(120) == 1);
    }
    {
        assert(digits(5014) == 5);
    }
    {
        assert(digits(98765) == 315);
    }
    {
        assert(digits(5576543) == 2625);
    }
    {
        assert(digits(2468) == 0);
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
        assert(digits(1) == 1);
    }
    {
        assert(digits(4) == 0);
    }
    {
        assert(digits(235) == 15);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed digits.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
