//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int strlen(const char *str) {
//@@ solution
    int length = 0;
    while (str[length] != '\0') {
        length++;
    }
    return length;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>

int main(void) {
    {
        assert(strlen("") == 0);
    }
    {
        assert(strlen("x") == 1);
    }
    {
        assert(strlen("asdasnakj") == 9);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>

int main(void) {
    {
        assert(strlen("") == 0);
    }
    {
        assert(strlen("abc") == 3);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed strlen.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: the entry point is named strlen (as in HumanEval-X): its tests do not include <string.h>.
