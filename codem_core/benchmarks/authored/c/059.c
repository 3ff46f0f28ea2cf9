//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int largest_prime_factor(int n) {
//@@ solution
    for (int i = 2; i * i <= n; i++)
        while (n % i == 0 && n > i) n = n / i;
    return n;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(largest_prime_factor(15) == 5);
    }
    {
        assert(largest_prime_factor(27) == 3);
    }
    {
        assert(largest_prime_factor(63) == 7);
    }
    {
        assert(largest_prime_factor(330) == 11);
    }
    {
        assert(largest_prime_factor(13195) == 29);
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
        assert(largest_prime_factor(2048) == 2);
    }
    {
        assert(largest_prime_factor(13195) == 29);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed largest_prime_factor.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
