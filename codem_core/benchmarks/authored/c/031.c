//@@ header
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool is_prime(long long n) {
//@@ solution
    if (n < 2) return false;
    for (long long i = 2; i * i <= n; i++)
        if (n % i == 0) return false;
    return true;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(is_prime(6) == 0);
    }
    {
        assert(is_prime(101) == 1);
    }
    {
        assert(is_prime(11) == 1);
    }
    {
        assert(is_prime(13441) == 1);
    }
    {
        assert(is_prime(61) == 1);
    }
    {
        assert(is_prime(4) == 0);
    }
    {
        assert(is_prime(1) == 0);
    }
    {
        assert(is_prime(5) == 1);
    }
    {
        assert(is_prime(11) == 1);
    }
    {
        assert(is_prime(17) == 1);
    }
    {
        assert(is_prime(85) == 0);
    }
    {
        assert(is_prime(77) == 0);
    }
    {
        assert(is_prime(255379) == 0);
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
        assert(is_prime(6) == 0);
    }
    {
        assert(is_prime(101) == 1);
    }
    {
        assert(is_prime(11) == 1);
    }
    {
        assert(is_prime(13441) == 1);
    }
    {
        assert(is_prime(61) == 1);
    }
    {
        assert(is_prime(4) == 0);
    }
    {
        assert(is_prime(1) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_prime.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
