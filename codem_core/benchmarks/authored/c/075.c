//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
int is_multiply_prime(int a) {
//@@ solution
    if (a < 2) return 0;
    int num = 0;
    for (int i = 2; i * i <= a; i++) {
        while (a % i == 0) {
            a = a / i;
            num++;
        }
    }
    if (a > 1) num++;
    return num == 3;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(is_multiply_prime(5) == 0);
    }
    {
        assert(is_multiply_prime(30) == 1);
    }
    {
        assert(is_multiply_prime(8) == 1);
    }
    {
        assert(is_multiply_prime(10) == 0);
    }
    {
        assert(is_multiply_prime(125) == 1);
    }
    {
        assert(is_multiply_prime(105) == 1);
    }
    {
        assert(is_multiply_prime(126) == 0);
    }
    {
        assert(is_multiply_prime(729) == 0);
    }
    {
        assert(is_multiply_prime(891) == 0);
    }
    {
        assert(is_multiply_prime(1001) == 1);
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
        assert(is_multiply_prime(30) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_multiply_prime.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
