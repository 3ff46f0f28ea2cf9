//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int add(int lst[], int size) {
//@@ solution
    int sum = 0;
    for (int i = 0; i * 2 + 1 < size; i++)
        if (lst[i * 2 + 1] % 2 == 0) sum += lst[i * 2 + 1];
    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {4, 88};
        assert(add(a0, 2) == 88);
    }
    {
        int a0[] = {4, 5, 6, 7, 2, 122};
        assert(add(a0, 6) == 122);
    }
    {
        int a0[] = {4, 0, 6, 7};
        assert(add(a0, 4) == 0);
    }
    {
        int a0[] = {4, 4, 6, 8};
        assert(add(a0, 4) == 12);
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
        int a0[] = {4, 2, 6, 7};
        assert(add(a0, 4) == 2);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed add.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
