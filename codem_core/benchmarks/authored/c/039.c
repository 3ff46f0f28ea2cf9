//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int prime_fib(int n) {
//@@ solution
    int f1 = 1, f2 = 2, m;
    int count = 0;
    while (count < n) {
        f1 = f1 + f2;
        m = f1; f1 = f2; f2 = m;
        int isprime = 1;
        for (int w = 2; w * w <= f1; w++) {
            if (f1 % w == 0) {
                isprime = 0; break;
            }
        }
        if (isprime) count += 1;
        if (count == n) return f1;
    }
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(prime_fib(1) == 2);
    }
    {
        assert(prime_fib(2) == 3);
    }
    {
        assert(prime_fib(3) == 5);
    }
    {
        assert(prime_fib(4) == 13);
    }
    {
        assert(prime_fib(5) == 89);
    }
    {
        assert(prime_fib(6) == 233);
    }
    {
        assert(prime_fib(7) == 1597);
    }
    {
        assert(prime_fib(8) == 28657);
    }
    {
        assert(prime_fib(9) == 514229);
    }
    {
        assert(prime_fib(10) == 433494437);
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
        assert(prime_fib(1) == 2);
    }
    {
        assert(prime_fib(2) == 3);
    }
    {
        assert(prime_fib(3) == 5);
    }
    {
        assert(prime_fib(4) == 13);
    }
    {
        assert(prime_fib(5) == 89);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed prime_fib.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
