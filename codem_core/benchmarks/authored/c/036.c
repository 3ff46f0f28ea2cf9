//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int fizz_buzz(int n) {
//@@ solution
    int count = 0;
    for (int i = 0; i < n; i++)
        if (i % 11 == 0 || i % 13 == 0) {
            int q = i;
            while (q > 0) {
                if (q % 10 == 7) count += 1;
                q = q / 10;
            }
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
        assert(fizz_buzz(50) == 0);
    }
    {
        assert(fizz_buzz(78) == 2);
    }
    {
        assert(fizz_buzz(79) == 3);
    }
    {
        assert(fizz_buzz(100) == 3);
    }
    {
        assert(fizz_buzz(200) == 6);
    }
    {
        assert(fizz_buzz(4000) == 192);
    }
    {
        assert(fizz_buzz(10000) == 639);
    }
    {
        assert(fizz_buzz(100000) == 8026);
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
        assert(fizz_buzz(50) == 0);
    }
    {
        assert(fizz_buzz(78) == 2);
    }
    {
        assert(fizz_buzz(79) == 3);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed fizz_buzz.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
