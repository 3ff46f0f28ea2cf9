//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
void even_odd_count(int num, int *result) {
//@@ solution
    int even_count = 0, odd_count = 0;
    num = abs(num);
    
    do {
        int digit = num % 10;
        if (digit % 2 == 0) {
            even_count++;
        } else {
            odd_count++;
        }
        num /= 10;
    } while (num > 0);

    result[0] = even_count;
    result[1] = odd_count;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int out[1024] = {0};
        even_odd_count(7, out);
        assert(out[0] == 0);
        assert(out[1] == 1);
    }
    {
        int out[1024] = {0};
        even_odd_count(-78, out);
        assert(out[0] == 1);
        assert(out[1] == 1);
    }
    {
        int out[1024] = {0};
        even_odd_count(3452, out);
        assert(out[0] == 2);
        assert(out[1] == 2);
    }
    {
        int out[1024] = {0};
        even_odd_count(346211, out);
        assert(out[0] == 3);
        assert(out[1] == 3);
    }
    {
        int out[1024] = {0};
        even_odd_count(-345821, out);
        assert(out[0] == 3);
        assert(out[1] == 3);
    }
    {
        int out[1024] = {0};
        even_odd_count(-2, out);
        assert(out[0] == 1);
        assert(out[1] == 0);
    }
    {
        int out[1024] = {0};
        even_odd_count(-45347, out);
        assert(out[0] == 2);
        assert(out[1] == 3);
    }
    {
        int out[1024] = {0};
        even_odd_count(0, out);
        assert(out[0] == 1);
        assert(out[1] == 0);
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
        int out[1024] = {0};
        even_odd_count(-12, out);
        assert(out[0] == 1);
        assert(out[1] == 1);
    }
    {
        int out[1024] = {0};
        even_odd_count(123, out);
        assert(out[0] == 1);
        assert(out[1] == 2);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed even_odd_count.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
